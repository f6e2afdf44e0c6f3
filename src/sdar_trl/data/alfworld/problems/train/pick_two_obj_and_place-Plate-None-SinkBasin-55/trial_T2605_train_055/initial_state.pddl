(define (problem plan_trial_T2605_train_055)
(:domain alfred)
(:objects
agent1 - agent
CabinetType - rtype
CoffeeMachineType - rtype
CounterTopType - rtype
DiningTableType - rtype
DrawerType - rtype
FridgeType - rtype
GarbageCanType - rtype
MicrowaveType - rtype
ShelfType - rtype
SinkBasinType - rtype
StoveBurnerType - rtype
AppleType - otype
BowlType - otype
EggType - otype
KnifeType - otype
PlateType - otype
PotType - otype
SpatulaType - otype
Plate_bar__plus_02_dot_49_bar__minus_00_dot_78_bar__minus_01_dot_01 - object
Plate_bar__minus_01_dot_34_bar__plus_02_dot_35_bar__minus_00_dot_67 - object
Apple_bar__plus_02_dot_34_bar__plus_00_dot_00_bar__plus_02_dot_57 - object
Bowl_bar__minus_01_dot_83_bar__plus_01_dot_84_bar__minus_00_dot_03 - object
Pot_bar__plus_01_dot_53_bar__plus_01_dot_57_bar__plus_02_dot_20 - object
Spatula_bar__minus_02_dot_36_bar__minus_01_dot_21_bar__minus_01_dot_10 - object
Egg_bar__minus_01_dot_25_bar__minus_00_dot_83_bar__plus_00_dot_58 - object
Knife_bar__plus_02_dot_68_bar__plus_00_dot_30_bar__plus_00_dot_17 - object
StoveBurner_bar__minus_01_dot_52_bar__minus_02_dot_35_bar__plus_01_dot_02 - receptacle
Cabinet_bar__plus_00_dot_83_bar__plus_02_dot_98_bar__plus_01_dot_36 - receptacle
CounterTop_bar__minus_01_dot_15_bar__minus_02_dot_17_bar__plus_00_dot_12 - receptacle
Shelf_bar__minus_01_dot_49_bar__plus_00_dot_22_bar__plus_00_dot_40 - receptacle
Microwave_bar__plus_00_dot_85_bar__minus_00_dot_15_bar__minus_01_dot_72 - receptacle
Drawer_bar__plus_01_dot_95_bar__plus_02_dot_63_bar__plus_01_dot_06 - receptacle
Fridge_bar__minus_01_dot_03_bar__plus_02_dot_21_bar__minus_00_dot_72 - receptacle
Sink_bar__minus_00_dot_05_bar__minus_01_dot_74_bar__minus_00_dot_35_bar_SinkBasin - receptacle
GarbageCan_bar__plus_01_dot_56_bar__plus_00_dot_14_bar__plus_02_dot_03 - receptacle
DiningTable_bar__minus_00_dot_60_bar__plus_02_dot_80_bar__plus_00_dot_41 - receptacle
Drawer_bar__minus_01_dot_02_bar__minus_01_dot_83_bar__plus_02_dot_11 - receptacle
Cabinet_bar__minus_01_dot_15_bar__minus_02_dot_24_bar__plus_01_dot_90 - receptacle
Cabinet_bar__minus_02_dot_95_bar__plus_01_dot_08_bar__plus_02_dot_12 - receptacle
CoffeeMachine_bar__plus_01_dot_04_bar__minus_02_dot_11_bar__plus_02_dot_33 - receptacle
CounterTop_bar__plus_02_dot_75_bar__minus_01_dot_74_bar__plus_01_dot_58 - receptacle
loc_bar_12_bar_12_bar_0_bar_0 - location
loc_bar_2_bar_3_bar_1_bar_60 - location
loc_bar_3_bar__minus_9_bar_3_bar_0 - location
loc_bar_6_bar__minus_4_bar_0_bar_0 - location
loc_bar_9_bar__minus_3_bar_0_bar_0 - location
loc_bar_9_bar__minus_7_bar_2_bar_45 - location
loc_bar_9_bar__minus_8_bar_2_bar_0 - location
loc_bar__minus_1_bar__minus_8_bar_0_bar__minus_30 - location
loc_bar__minus_2_bar_6_bar_3_bar_0 - location
loc_bar__minus_4_bar_9_bar_2_bar_30 - location
loc_bar__minus_5_bar_2_bar_1_bar__minus_30 - location
loc_bar__minus_5_bar__minus_6_bar_1_bar__minus_30 - location
loc_bar__minus_8_bar_2_bar_1_bar_0 - location
loc_bar__minus_8_bar_6_bar_3_bar_30 - location
loc_bar__minus_8_bar__minus_6_bar_3_bar_30 - location
loc_bar__minus_9_bar_3_bar_2_bar_0 - location
)
(:init
(atLocation agent1 loc_bar_12_bar_12_bar_0_bar_0)
(receptacleType StoveBurner_bar__minus_01_dot_52_bar__minus_02_dot_35_bar__plus_01_dot_02 StoveBurnerType)
(receptacleAtLocation StoveBurner_bar__minus_01_dot_52_bar__minus_02_dot_35_bar__plus_01_dot_02 loc_bar_9_bar__minus_8_bar_2_bar_0)
(receptacleType Cabinet_bar__plus_00_dot_83_bar__plus_02_dot_98_bar__plus_01_dot_36 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_00_dot_83_bar__plus_02_dot_98_bar__plus_01_dot_36 loc_bar_9_bar__minus_3_bar_0_bar_0)
(openable Cabinet_bar__plus_00_dot_83_bar__plus_02_dot_98_bar__plus_01_dot_36)
(receptacleType CounterTop_bar__minus_01_dot_15_bar__minus_02_dot_17_bar__plus_00_dot_12 CounterTopType)
(receptacleAtLocation CounterTop_bar__minus_01_dot_15_bar__minus_02_dot_17_bar__plus_00_dot_12 loc_bar__minus_8_bar_2_bar_1_bar_0)
(receptacleType Shelf_bar__minus_01_dot_49_bar__plus_00_dot_22_bar__plus_00_dot_40 ShelfType)
(receptacleAtLocation Shelf_bar__minus_01_dot_49_bar__plus_00_dot_22_bar__plus_00_dot_40 loc_bar__minus_5_bar_2_bar_1_bar__minus_30)
(receptacleType Microwave_bar__plus_00_dot_85_bar__minus_00_dot_15_bar__minus_01_dot_72 MicrowaveType)
(receptacleAtLocation Microwave_bar__plus_00_dot_85_bar__minus_00_dot_15_bar__minus_01_dot_72 loc_bar_6_bar__minus_4_bar_0_bar_0)
(openable Microwave_bar__plus_00_dot_85_bar__minus_00_dot_15_bar__minus_01_dot_72)
(receptacleType Drawer_bar__plus_01_dot_95_bar__plus_02_dot_63_bar__plus_01_dot_06 DrawerType)
(receptacleAtLocation Drawer_bar__plus_01_dot_95_bar__plus_02_dot_63_bar__plus_01_dot_06 loc_bar_9_bar__minus_7_bar_2_bar_45)
(openable Drawer_bar__plus_01_dot_95_bar__plus_02_dot_63_bar__plus_01_dot_06)
(receptacleType Fridge_bar__minus_01_dot_03_bar__plus_02_dot_21_bar__minus_00_dot_72 FridgeType)
(receptacleAtLocation Fridge_bar__minus_01_dot_03_bar__plus_02_dot_21_bar__minus_00_dot_72 loc_bar__minus_1_bar__minus_8_bar_0_bar__minus_30)
(openable Fridge_bar__minus_01_dot_03_bar__plus_02_dot_21_bar__minus_00_dot_72)
(receptacleType Sink_bar__minus_00_dot_05_bar__minus_01_dot_74_bar__minus_00_dot_35_bar_SinkBasin SinkBasinType)
(receptacleAtLocation Sink_bar__minus_00_dot_05_bar__minus_01_dot_74_bar__minus_00_dot_35_bar_SinkBasin loc_bar__minus_8_bar_6_bar_3_bar_30)
(receptacleType GarbageCan_bar__plus_01_dot_56_bar__plus_00_dot_14_bar__plus_02_dot_03 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__plus_01_dot_56_bar__plus_00_dot_14_bar__plus_02_dot_03 loc_bar_3_bar__minus_9_bar_3_bar_0)
(receptacleType DiningTable_bar__minus_00_dot_60_bar__plus_02_dot_80_bar__plus_00_dot_41 DiningTableType)
(receptacleAtLocation DiningTable_bar__minus_00_dot_60_bar__plus_02_dot_80_bar__plus_00_dot_41 loc_bar__minus_5_bar__minus_6_bar_1_bar__minus_30)
(receptacleType Drawer_bar__minus_01_dot_02_bar__minus_01_dot_83_bar__plus_02_dot_11 DrawerType)
(receptacleAtLocation Drawer_bar__minus_01_dot_02_bar__minus_01_dot_83_bar__plus_02_dot_11 loc_bar__minus_4_bar_9_bar_2_bar_30)
(openable Drawer_bar__minus_01_dot_02_bar__minus_01_dot_83_bar__plus_02_dot_11)
(receptacleType Cabinet_bar__minus_01_dot_15_bar__minus_02_dot_24_bar__plus_01_dot_90 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_01_dot_15_bar__minus_02_dot_24_bar__plus_01_dot_90 loc_bar_2_bar_3_bar_1_bar_60)
(openable Cabinet_bar__minus_01_dot_15_bar__minus_02_dot_24_bar__plus_01_dot_90)
(receptacleType Cabinet_bar__minus_02_dot_95_bar__plus_01_dot_08_bar__plus_02_dot_12 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_02_dot_95_bar__plus_01_dot_08_bar__plus_02_dot_12 loc_bar__minus_9_bar_3_bar_2_bar_0)
(openable Cabinet_bar__minus_02_dot_95_bar__plus_01_dot_08_bar__plus_02_dot_12)
(receptacleType CoffeeMachine_bar__plus_01_dot_04_bar__minus_02_dot_11_bar__plus_02_dot_33 CoffeeMachineType)
(receptacleAtLocation CoffeeMachine_bar__plus_01_dot_04_bar__minus_02_dot_11_bar__plus_02_dot_33 loc_bar__minus_2_bar_6_bar_3_bar_0)
(receptacleType CounterTop_bar__plus_02_dot_75_bar__minus_01_dot_74_bar__plus_01_dot_58 CounterTopType)
(receptacleAtLocation CounterTop_bar__plus_02_dot_75_bar__minus_01_dot_74_bar__plus_01_dot_58 loc_bar__minus_8_bar__minus_6_bar_3_bar_30)
(canContain CabinetType BowlType)
(canContain CabinetType PlateType)
(canContain CabinetType PotType)
(canContain CounterTopType AppleType)
(canContain CounterTopType BowlType)
(canContain CounterTopType EggType)
(canContain CounterTopType KnifeType)
(canContain CounterTopType PlateType)
(canContain CounterTopType PotType)
(canContain CounterTopType SpatulaType)
(canContain DiningTableType AppleType)
(canContain DiningTableType BowlType)
(canContain DiningTableType EggType)
(canContain DiningTableType KnifeType)
(canContain DiningTableType PlateType)
(canContain DiningTableType PotType)
(canContain DiningTableType SpatulaType)
(canContain DrawerType KnifeType)
(canContain DrawerType SpatulaType)
(canContain FridgeType AppleType)
(canContain FridgeType BowlType)
(canContain FridgeType EggType)
(canContain FridgeType PlateType)
(canContain FridgeType PotType)
(canContain GarbageCanType AppleType)
(canContain GarbageCanType EggType)
(canContain MicrowaveType AppleType)
(canContain MicrowaveType BowlType)
(canContain MicrowaveType EggType)
(canContain MicrowaveType PlateType)
(canContain ShelfType BowlType)
(canContain ShelfType PlateType)
(canContain ShelfType PotType)
(canContain SinkBasinType AppleType)
(canContain SinkBasinType BowlType)
(canContain SinkBasinType EggType)
(canContain SinkBasinType KnifeType)
(canContain SinkBasinType PlateType)
(canContain SinkBasinType PotType)
(canContain SinkBasinType SpatulaType)
(canContain StoveBurnerType PotType)
(objectType Plate_bar__plus_02_dot_49_bar__minus_00_dot_78_bar__minus_01_dot_01 PlateType)
(inReceptacle Plate_bar__plus_02_dot_49_bar__minus_00_dot_78_bar__minus_01_dot_01 Shelf_bar__minus_01_dot_49_bar__plus_00_dot_22_bar__plus_00_dot_40)
(objectAtLocation Plate_bar__plus_02_dot_49_bar__minus_00_dot_78_bar__minus_01_dot_01 loc_bar__minus_5_bar_2_bar_1_bar__minus_30)
(pickupable Plate_bar__plus_02_dot_49_bar__minus_00_dot_78_bar__minus_01_dot_01)
(heatable Plate_bar__plus_02_dot_49_bar__minus_00_dot_78_bar__minus_01_dot_01)
(coolable Plate_bar__plus_02_dot_49_bar__minus_00_dot_78_bar__minus_01_dot_01)
(cleanable Plate_bar__plus_02_dot_49_bar__minus_00_dot_78_bar__minus_01_dot_01)
(isReceptacleObject Plate_bar__plus_02_dot_49_bar__minus_00_dot_78_bar__minus_01_dot_01)
(objectType Plate_bar__minus_01_dot_34_bar__plus_02_dot_35_bar__minus_00_dot_67 PlateType)
(inReceptacle Plate_bar__minus_01_dot_34_bar__plus_02_dot_35_bar__minus_00_dot_67 Shelf_bar__minus_01_dot_49_bar__plus_00_dot_22_bar__plus_00_dot_40)
(objectAtLocation Plate_bar__minus_01_dot_34_bar__plus_02_dot_35_bar__minus_00_dot_67 loc_bar__minus_5_bar_2_bar_1_bar__minus_30)
(pickupable Plate_bar__minus_01_dot_34_bar__plus_02_dot_35_bar__minus_00_dot_67)
(heatable Plate_bar__minus_01_dot_34_bar__plus_02_dot_35_bar__minus_00_dot_67)
(coolable Plate_bar__minus_01_dot_34_bar__plus_02_dot_35_bar__minus_00_dot_67)
(cleanable Plate_bar__minus_01_dot_34_bar__plus_02_dot_35_bar__minus_00_dot_67)
(isReceptacleObject Plate_bar__minus_01_dot_34_bar__plus_02_dot_35_bar__minus_00_dot_67)
(objectType Apple_bar__plus_02_dot_34_bar__plus_00_dot_00_bar__plus_02_dot_57 AppleType)
(inReceptacle Apple_bar__plus_02_dot_34_bar__plus_00_dot_00_bar__plus_02_dot_57 Fridge_bar__minus_01_dot_03_bar__plus_02_dot_21_bar__minus_00_dot_72)
(objectAtLocation Apple_bar__plus_02_dot_34_bar__plus_00_dot_00_bar__plus_02_dot_57 loc_bar__minus_1_bar__minus_8_bar_0_bar__minus_30)
(pickupable Apple_bar__plus_02_dot_34_bar__plus_00_dot_00_bar__plus_02_dot_57)
(heatable Apple_bar__plus_02_dot_34_bar__plus_00_dot_00_bar__plus_02_dot_57)
(coolable Apple_bar__plus_02_dot_34_bar__plus_00_dot_00_bar__plus_02_dot_57)
(cleanable Apple_bar__plus_02_dot_34_bar__plus_00_dot_00_bar__plus_02_dot_57)
(sliceable Apple_bar__plus_02_dot_34_bar__plus_00_dot_00_bar__plus_02_dot_57)
(objectType Bowl_bar__minus_01_dot_83_bar__plus_01_dot_84_bar__minus_00_dot_03 BowlType)
(inReceptacle Bowl_bar__minus_01_dot_83_bar__plus_01_dot_84_bar__minus_00_dot_03 Cabinet_bar__minus_01_dot_15_bar__minus_02_dot_24_bar__plus_01_dot_90)
(objectAtLocation Bowl_bar__minus_01_dot_83_bar__plus_01_dot_84_bar__minus_00_dot_03 loc_bar_2_bar_3_bar_1_bar_60)
(pickupable Bowl_bar__minus_01_dot_83_bar__plus_01_dot_84_bar__minus_00_dot_03)
(coolable Bowl_bar__minus_01_dot_83_bar__plus_01_dot_84_bar__minus_00_dot_03)
(cleanable Bowl_bar__minus_01_dot_83_bar__plus_01_dot_84_bar__minus_00_dot_03)
(isReceptacleObject Bowl_bar__minus_01_dot_83_bar__plus_01_dot_84_bar__minus_00_dot_03)
(objectType Pot_bar__plus_01_dot_53_bar__plus_01_dot_57_bar__plus_02_dot_20 PotType)
(inReceptacle Pot_bar__plus_01_dot_53_bar__plus_01_dot_57_bar__plus_02_dot_20 StoveBurner_bar__minus_01_dot_52_bar__minus_02_dot_35_bar__plus_01_dot_02)
(objectAtLocation Pot_bar__plus_01_dot_53_bar__plus_01_dot_57_bar__plus_02_dot_20 loc_bar_9_bar__minus_8_bar_2_bar_0)
(pickupable Pot_bar__plus_01_dot_53_bar__plus_01_dot_57_bar__plus_02_dot_20)
(coolable Pot_bar__plus_01_dot_53_bar__plus_01_dot_57_bar__plus_02_dot_20)
(cleanable Pot_bar__plus_01_dot_53_bar__plus_01_dot_57_bar__plus_02_dot_20)
(isReceptacleObject Pot_bar__plus_01_dot_53_bar__plus_01_dot_57_bar__plus_02_dot_20)
(objectType Spatula_bar__minus_02_dot_36_bar__minus_01_dot_21_bar__minus_01_dot_10 SpatulaType)
(inReceptacle Spatula_bar__minus_02_dot_36_bar__minus_01_dot_21_bar__minus_01_dot_10 CounterTop_bar__plus_02_dot_75_bar__minus_01_dot_74_bar__plus_01_dot_58)
(objectAtLocation Spatula_bar__minus_02_dot_36_bar__minus_01_dot_21_bar__minus_01_dot_10 loc_bar__minus_8_bar__minus_6_bar_3_bar_30)
(pickupable Spatula_bar__minus_02_dot_36_bar__minus_01_dot_21_bar__minus_01_dot_10)
(cleanable Spatula_bar__minus_02_dot_36_bar__minus_01_dot_21_bar__minus_01_dot_10)
(objectType Egg_bar__minus_01_dot_25_bar__minus_00_dot_83_bar__plus_00_dot_58 EggType)
(inReceptacle Egg_bar__minus_01_dot_25_bar__minus_00_dot_83_bar__plus_00_dot_58 Fridge_bar__minus_01_dot_03_bar__plus_02_dot_21_bar__minus_00_dot_72)
(objectAtLocation Egg_bar__minus_01_dot_25_bar__minus_00_dot_83_bar__plus_00_dot_58 loc_bar__minus_1_bar__minus_8_bar_0_bar__minus_30)
(pickupable Egg_bar__minus_01_dot_25_bar__minus_00_dot_83_bar__plus_00_dot_58)
(heatable Egg_bar__minus_01_dot_25_bar__minus_00_dot_83_bar__plus_00_dot_58)
(coolable Egg_bar__minus_01_dot_25_bar__minus_00_dot_83_bar__plus_00_dot_58)
(cleanable Egg_bar__minus_01_dot_25_bar__minus_00_dot_83_bar__plus_00_dot_58)
(sliceable Egg_bar__minus_01_dot_25_bar__minus_00_dot_83_bar__plus_00_dot_58)
(objectType Knife_bar__plus_02_dot_68_bar__plus_00_dot_30_bar__plus_00_dot_17 KnifeType)
(inReceptacle Knife_bar__plus_02_dot_68_bar__plus_00_dot_30_bar__plus_00_dot_17 Drawer_bar__minus_01_dot_02_bar__minus_01_dot_83_bar__plus_02_dot_11)
(objectAtLocation Knife_bar__plus_02_dot_68_bar__plus_00_dot_30_bar__plus_00_dot_17 loc_bar__minus_4_bar_9_bar_2_bar_30)
(pickupable Knife_bar__plus_02_dot_68_bar__plus_00_dot_30_bar__plus_00_dot_17)
(cleanable Knife_bar__plus_02_dot_68_bar__plus_00_dot_30_bar__plus_00_dot_17)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 PlateType)
                                    (receptacleType ?r SinkBasinType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 PlateType)
                                            (receptacleType ?r SinkBasinType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
