(define (problem plan_trial_T2605_eval_022)
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
BowlType - otype
BreadType - otype
CupType - otype
ForkType - otype
PlateType - otype
PotatoType - otype
SpatulaType - otype
Bread_bar__minus_02_dot_47_bar__plus_02_dot_33_bar__plus_01_dot_81 - object
Bread_bar__plus_01_dot_77_bar__plus_02_dot_37_bar__minus_02_dot_53 - object
Cup_bar__plus_02_dot_95_bar__plus_02_dot_68_bar__minus_01_dot_56 - object
Bowl_bar__plus_00_dot_64_bar__minus_02_dot_34_bar__minus_01_dot_59 - object
Potato_bar__minus_01_dot_42_bar__minus_01_dot_37_bar__minus_01_dot_54 - object
Plate_bar__plus_00_dot_75_bar__minus_00_dot_28_bar__minus_02_dot_18 - object
Fork_bar__minus_02_dot_71_bar__plus_01_dot_67_bar__minus_02_dot_25 - object
Spatula_bar__minus_01_dot_78_bar__minus_02_dot_99_bar__plus_01_dot_22 - object
GarbageCan_bar__minus_02_dot_66_bar__minus_00_dot_38_bar__plus_02_dot_38 - receptacle
CounterTop_bar__plus_02_dot_62_bar__plus_01_dot_89_bar__plus_01_dot_29 - receptacle
Cabinet_bar__plus_02_dot_97_bar__minus_00_dot_18_bar__plus_02_dot_57 - receptacle
DiningTable_bar__plus_00_dot_06_bar__minus_02_dot_65_bar__plus_00_dot_44 - receptacle
Sink_bar__minus_01_dot_77_bar__plus_00_dot_27_bar__minus_01_dot_92_bar_SinkBasin - receptacle
StoveBurner_bar__minus_00_dot_66_bar__minus_01_dot_17_bar__minus_00_dot_42 - receptacle
Shelf_bar__plus_02_dot_44_bar__minus_02_dot_56_bar__minus_00_dot_34 - receptacle
Drawer_bar__minus_00_dot_69_bar__minus_02_dot_71_bar__minus_00_dot_87 - receptacle
Cabinet_bar__plus_02_dot_08_bar__plus_01_dot_89_bar__minus_02_dot_44 - receptacle
CoffeeMachine_bar__minus_00_dot_56_bar__plus_00_dot_26_bar__minus_01_dot_55 - receptacle
Drawer_bar__minus_02_dot_48_bar__minus_01_dot_67_bar__plus_00_dot_66 - receptacle
Fridge_bar__minus_01_dot_83_bar__plus_00_dot_96_bar__minus_02_dot_83 - receptacle
Cabinet_bar__minus_02_dot_22_bar__plus_02_dot_06_bar__plus_00_dot_80 - receptacle
CounterTop_bar__minus_00_dot_88_bar__plus_00_dot_43_bar__plus_00_dot_70 - receptacle
Microwave_bar__minus_02_dot_04_bar__minus_02_dot_18_bar__plus_01_dot_56 - receptacle
loc_bar_10_bar_11_bar_0_bar_0 - location
loc_bar_4_bar__minus_4_bar_3_bar_30 - location
loc_bar_5_bar_2_bar_2_bar__minus_30 - location
loc_bar_6_bar_6_bar_2_bar_0 - location
loc_bar_8_bar__minus_6_bar_1_bar_60 - location
loc_bar_9_bar_2_bar_3_bar_45 - location
loc_bar_9_bar_9_bar_0_bar_60 - location
loc_bar__minus_1_bar__minus_6_bar_0_bar__minus_30 - location
loc_bar__minus_2_bar_7_bar_0_bar__minus_30 - location
loc_bar__minus_2_bar__minus_5_bar_1_bar_30 - location
loc_bar__minus_4_bar_6_bar_2_bar_45 - location
loc_bar__minus_4_bar__minus_3_bar_2_bar_0 - location
loc_bar__minus_5_bar_3_bar_2_bar_30 - location
loc_bar__minus_6_bar_4_bar_3_bar_45 - location
loc_bar__minus_7_bar__minus_6_bar_1_bar_30 - location
loc_bar__minus_8_bar_8_bar_1_bar_30 - location
)
(:init
(atLocation agent1 loc_bar_10_bar_11_bar_0_bar_0)
(receptacleType GarbageCan_bar__minus_02_dot_66_bar__minus_00_dot_38_bar__plus_02_dot_38 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_02_dot_66_bar__minus_00_dot_38_bar__plus_02_dot_38 loc_bar__minus_5_bar_3_bar_2_bar_30)
(receptacleType CounterTop_bar__plus_02_dot_62_bar__plus_01_dot_89_bar__plus_01_dot_29 CounterTopType)
(receptacleAtLocation CounterTop_bar__plus_02_dot_62_bar__plus_01_dot_89_bar__plus_01_dot_29 loc_bar__minus_7_bar__minus_6_bar_1_bar_30)
(receptacleType Cabinet_bar__plus_02_dot_97_bar__minus_00_dot_18_bar__plus_02_dot_57 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_02_dot_97_bar__minus_00_dot_18_bar__plus_02_dot_57 loc_bar_4_bar__minus_4_bar_3_bar_30)
(openable Cabinet_bar__plus_02_dot_97_bar__minus_00_dot_18_bar__plus_02_dot_57)
(receptacleType DiningTable_bar__plus_00_dot_06_bar__minus_02_dot_65_bar__plus_00_dot_44 DiningTableType)
(receptacleAtLocation DiningTable_bar__plus_00_dot_06_bar__minus_02_dot_65_bar__plus_00_dot_44 loc_bar__minus_8_bar_8_bar_1_bar_30)
(receptacleType Sink_bar__minus_01_dot_77_bar__plus_00_dot_27_bar__minus_01_dot_92_bar_SinkBasin SinkBasinType)
(receptacleAtLocation Sink_bar__minus_01_dot_77_bar__plus_00_dot_27_bar__minus_01_dot_92_bar_SinkBasin loc_bar__minus_6_bar_4_bar_3_bar_45)
(receptacleType StoveBurner_bar__minus_00_dot_66_bar__minus_01_dot_17_bar__minus_00_dot_42 StoveBurnerType)
(receptacleAtLocation StoveBurner_bar__minus_00_dot_66_bar__minus_01_dot_17_bar__minus_00_dot_42 loc_bar__minus_2_bar__minus_5_bar_1_bar_30)
(receptacleType Shelf_bar__plus_02_dot_44_bar__minus_02_dot_56_bar__minus_00_dot_34 ShelfType)
(receptacleAtLocation Shelf_bar__plus_02_dot_44_bar__minus_02_dot_56_bar__minus_00_dot_34 loc_bar_6_bar_6_bar_2_bar_0)
(receptacleType Drawer_bar__minus_00_dot_69_bar__minus_02_dot_71_bar__minus_00_dot_87 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_69_bar__minus_02_dot_71_bar__minus_00_dot_87 loc_bar_8_bar__minus_6_bar_1_bar_60)
(openable Drawer_bar__minus_00_dot_69_bar__minus_02_dot_71_bar__minus_00_dot_87)
(receptacleType Cabinet_bar__plus_02_dot_08_bar__plus_01_dot_89_bar__minus_02_dot_44 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_02_dot_08_bar__plus_01_dot_89_bar__minus_02_dot_44 loc_bar_9_bar_2_bar_3_bar_45)
(openable Cabinet_bar__plus_02_dot_08_bar__plus_01_dot_89_bar__minus_02_dot_44)
(receptacleType CoffeeMachine_bar__minus_00_dot_56_bar__plus_00_dot_26_bar__minus_01_dot_55 CoffeeMachineType)
(receptacleAtLocation CoffeeMachine_bar__minus_00_dot_56_bar__plus_00_dot_26_bar__minus_01_dot_55 loc_bar_5_bar_2_bar_2_bar__minus_30)
(receptacleType Drawer_bar__minus_02_dot_48_bar__minus_01_dot_67_bar__plus_00_dot_66 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_48_bar__minus_01_dot_67_bar__plus_00_dot_66 loc_bar__minus_4_bar__minus_3_bar_2_bar_0)
(openable Drawer_bar__minus_02_dot_48_bar__minus_01_dot_67_bar__plus_00_dot_66)
(receptacleType Fridge_bar__minus_01_dot_83_bar__plus_00_dot_96_bar__minus_02_dot_83 FridgeType)
(receptacleAtLocation Fridge_bar__minus_01_dot_83_bar__plus_00_dot_96_bar__minus_02_dot_83 loc_bar__minus_4_bar_6_bar_2_bar_45)
(openable Fridge_bar__minus_01_dot_83_bar__plus_00_dot_96_bar__minus_02_dot_83)
(receptacleType Cabinet_bar__minus_02_dot_22_bar__plus_02_dot_06_bar__plus_00_dot_80 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_02_dot_22_bar__plus_02_dot_06_bar__plus_00_dot_80 loc_bar__minus_1_bar__minus_6_bar_0_bar__minus_30)
(openable Cabinet_bar__minus_02_dot_22_bar__plus_02_dot_06_bar__plus_00_dot_80)
(receptacleType CounterTop_bar__minus_00_dot_88_bar__plus_00_dot_43_bar__plus_00_dot_70 CounterTopType)
(receptacleAtLocation CounterTop_bar__minus_00_dot_88_bar__plus_00_dot_43_bar__plus_00_dot_70 loc_bar_9_bar_9_bar_0_bar_60)
(receptacleType Microwave_bar__minus_02_dot_04_bar__minus_02_dot_18_bar__plus_01_dot_56 MicrowaveType)
(receptacleAtLocation Microwave_bar__minus_02_dot_04_bar__minus_02_dot_18_bar__plus_01_dot_56 loc_bar__minus_2_bar_7_bar_0_bar__minus_30)
(openable Microwave_bar__minus_02_dot_04_bar__minus_02_dot_18_bar__plus_01_dot_56)
(canContain CabinetType BowlType)
(canContain CabinetType CupType)
(canContain CabinetType PlateType)
(canContain CounterTopType BowlType)
(canContain CounterTopType BreadType)
(canContain CounterTopType CupType)
(canContain CounterTopType ForkType)
(canContain CounterTopType PlateType)
(canContain CounterTopType PotatoType)
(canContain CounterTopType SpatulaType)
(canContain DiningTableType BowlType)
(canContain DiningTableType BreadType)
(canContain DiningTableType CupType)
(canContain DiningTableType ForkType)
(canContain DiningTableType PlateType)
(canContain DiningTableType PotatoType)
(canContain DiningTableType SpatulaType)
(canContain DrawerType ForkType)
(canContain DrawerType SpatulaType)
(canContain FridgeType BowlType)
(canContain FridgeType BreadType)
(canContain FridgeType CupType)
(canContain FridgeType PlateType)
(canContain FridgeType PotatoType)
(canContain GarbageCanType BreadType)
(canContain GarbageCanType PotatoType)
(canContain MicrowaveType BowlType)
(canContain MicrowaveType BreadType)
(canContain MicrowaveType CupType)
(canContain MicrowaveType PlateType)
(canContain MicrowaveType PotatoType)
(canContain ShelfType BowlType)
(canContain ShelfType CupType)
(canContain ShelfType PlateType)
(canContain SinkBasinType BowlType)
(canContain SinkBasinType CupType)
(canContain SinkBasinType ForkType)
(canContain SinkBasinType PlateType)
(canContain SinkBasinType PotatoType)
(canContain SinkBasinType SpatulaType)
(objectType Bread_bar__minus_02_dot_47_bar__plus_02_dot_33_bar__plus_01_dot_81 BreadType)
(inReceptacle Bread_bar__minus_02_dot_47_bar__plus_02_dot_33_bar__plus_01_dot_81 DiningTable_bar__plus_00_dot_06_bar__minus_02_dot_65_bar__plus_00_dot_44)
(objectAtLocation Bread_bar__minus_02_dot_47_bar__plus_02_dot_33_bar__plus_01_dot_81 loc_bar__minus_8_bar_8_bar_1_bar_30)
(pickupable Bread_bar__minus_02_dot_47_bar__plus_02_dot_33_bar__plus_01_dot_81)
(heatable Bread_bar__minus_02_dot_47_bar__plus_02_dot_33_bar__plus_01_dot_81)
(coolable Bread_bar__minus_02_dot_47_bar__plus_02_dot_33_bar__plus_01_dot_81)
(sliceable Bread_bar__minus_02_dot_47_bar__plus_02_dot_33_bar__plus_01_dot_81)
(objectType Bread_bar__plus_01_dot_77_bar__plus_02_dot_37_bar__minus_02_dot_53 BreadType)
(inReceptacle Bread_bar__plus_01_dot_77_bar__plus_02_dot_37_bar__minus_02_dot_53 DiningTable_bar__plus_00_dot_06_bar__minus_02_dot_65_bar__plus_00_dot_44)
(objectAtLocation Bread_bar__plus_01_dot_77_bar__plus_02_dot_37_bar__minus_02_dot_53 loc_bar__minus_8_bar_8_bar_1_bar_30)
(pickupable Bread_bar__plus_01_dot_77_bar__plus_02_dot_37_bar__minus_02_dot_53)
(heatable Bread_bar__plus_01_dot_77_bar__plus_02_dot_37_bar__minus_02_dot_53)
(coolable Bread_bar__plus_01_dot_77_bar__plus_02_dot_37_bar__minus_02_dot_53)
(sliceable Bread_bar__plus_01_dot_77_bar__plus_02_dot_37_bar__minus_02_dot_53)
(objectType Cup_bar__plus_02_dot_95_bar__plus_02_dot_68_bar__minus_01_dot_56 CupType)
(inReceptacle Cup_bar__plus_02_dot_95_bar__plus_02_dot_68_bar__minus_01_dot_56 Fridge_bar__minus_01_dot_83_bar__plus_00_dot_96_bar__minus_02_dot_83)
(objectAtLocation Cup_bar__plus_02_dot_95_bar__plus_02_dot_68_bar__minus_01_dot_56 loc_bar__minus_4_bar_6_bar_2_bar_45)
(pickupable Cup_bar__plus_02_dot_95_bar__plus_02_dot_68_bar__minus_01_dot_56)
(heatable Cup_bar__plus_02_dot_95_bar__plus_02_dot_68_bar__minus_01_dot_56)
(coolable Cup_bar__plus_02_dot_95_bar__plus_02_dot_68_bar__minus_01_dot_56)
(cleanable Cup_bar__plus_02_dot_95_bar__plus_02_dot_68_bar__minus_01_dot_56)
(isReceptacleObject Cup_bar__plus_02_dot_95_bar__plus_02_dot_68_bar__minus_01_dot_56)
(objectType Bowl_bar__plus_00_dot_64_bar__minus_02_dot_34_bar__minus_01_dot_59 BowlType)
(inReceptacle Bowl_bar__plus_00_dot_64_bar__minus_02_dot_34_bar__minus_01_dot_59 Shelf_bar__plus_02_dot_44_bar__minus_02_dot_56_bar__minus_00_dot_34)
(objectAtLocation Bowl_bar__plus_00_dot_64_bar__minus_02_dot_34_bar__minus_01_dot_59 loc_bar_6_bar_6_bar_2_bar_0)
(pickupable Bowl_bar__plus_00_dot_64_bar__minus_02_dot_34_bar__minus_01_dot_59)
(coolable Bowl_bar__plus_00_dot_64_bar__minus_02_dot_34_bar__minus_01_dot_59)
(cleanable Bowl_bar__plus_00_dot_64_bar__minus_02_dot_34_bar__minus_01_dot_59)
(isReceptacleObject Bowl_bar__plus_00_dot_64_bar__minus_02_dot_34_bar__minus_01_dot_59)
(objectType Potato_bar__minus_01_dot_42_bar__minus_01_dot_37_bar__minus_01_dot_54 PotatoType)
(inReceptacle Potato_bar__minus_01_dot_42_bar__minus_01_dot_37_bar__minus_01_dot_54 Microwave_bar__minus_02_dot_04_bar__minus_02_dot_18_bar__plus_01_dot_56)
(objectAtLocation Potato_bar__minus_01_dot_42_bar__minus_01_dot_37_bar__minus_01_dot_54 loc_bar__minus_2_bar_7_bar_0_bar__minus_30)
(pickupable Potato_bar__minus_01_dot_42_bar__minus_01_dot_37_bar__minus_01_dot_54)
(heatable Potato_bar__minus_01_dot_42_bar__minus_01_dot_37_bar__minus_01_dot_54)
(coolable Potato_bar__minus_01_dot_42_bar__minus_01_dot_37_bar__minus_01_dot_54)
(cleanable Potato_bar__minus_01_dot_42_bar__minus_01_dot_37_bar__minus_01_dot_54)
(sliceable Potato_bar__minus_01_dot_42_bar__minus_01_dot_37_bar__minus_01_dot_54)
(objectType Plate_bar__plus_00_dot_75_bar__minus_00_dot_28_bar__minus_02_dot_18 PlateType)
(inReceptacle Plate_bar__plus_00_dot_75_bar__minus_00_dot_28_bar__minus_02_dot_18 DiningTable_bar__plus_00_dot_06_bar__minus_02_dot_65_bar__plus_00_dot_44)
(objectAtLocation Plate_bar__plus_00_dot_75_bar__minus_00_dot_28_bar__minus_02_dot_18 loc_bar__minus_8_bar_8_bar_1_bar_30)
(pickupable Plate_bar__plus_00_dot_75_bar__minus_00_dot_28_bar__minus_02_dot_18)
(heatable Plate_bar__plus_00_dot_75_bar__minus_00_dot_28_bar__minus_02_dot_18)
(coolable Plate_bar__plus_00_dot_75_bar__minus_00_dot_28_bar__minus_02_dot_18)
(cleanable Plate_bar__plus_00_dot_75_bar__minus_00_dot_28_bar__minus_02_dot_18)
(isReceptacleObject Plate_bar__plus_00_dot_75_bar__minus_00_dot_28_bar__minus_02_dot_18)
(objectType Fork_bar__minus_02_dot_71_bar__plus_01_dot_67_bar__minus_02_dot_25 ForkType)
(inReceptacle Fork_bar__minus_02_dot_71_bar__plus_01_dot_67_bar__minus_02_dot_25 Sink_bar__minus_01_dot_77_bar__plus_00_dot_27_bar__minus_01_dot_92_bar_SinkBasin)
(objectAtLocation Fork_bar__minus_02_dot_71_bar__plus_01_dot_67_bar__minus_02_dot_25 loc_bar__minus_6_bar_4_bar_3_bar_45)
(pickupable Fork_bar__minus_02_dot_71_bar__plus_01_dot_67_bar__minus_02_dot_25)
(cleanable Fork_bar__minus_02_dot_71_bar__plus_01_dot_67_bar__minus_02_dot_25)
(objectType Spatula_bar__minus_01_dot_78_bar__minus_02_dot_99_bar__plus_01_dot_22 SpatulaType)
(inReceptacle Spatula_bar__minus_01_dot_78_bar__minus_02_dot_99_bar__plus_01_dot_22 Drawer_bar__minus_00_dot_69_bar__minus_02_dot_71_bar__minus_00_dot_87)
(objectAtLocation Spatula_bar__minus_01_dot_78_bar__minus_02_dot_99_bar__plus_01_dot_22 loc_bar_8_bar__minus_6_bar_1_bar_60)
(pickupable Spatula_bar__minus_01_dot_78_bar__minus_02_dot_99_bar__plus_01_dot_22)
(cleanable Spatula_bar__minus_01_dot_78_bar__minus_02_dot_99_bar__plus_01_dot_22)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 BreadType)
                                    (receptacleType ?r CounterTopType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 BreadType)
                                            (receptacleType ?r CounterTopType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
