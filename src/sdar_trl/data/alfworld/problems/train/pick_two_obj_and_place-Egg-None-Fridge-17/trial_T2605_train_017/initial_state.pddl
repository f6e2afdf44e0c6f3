(define (problem plan_trial_T2605_train_017)
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
CupType - otype
EggType - otype
PanType - otype
PotatoType - otype
SoapBottleType - otype
SpatulaType - otype
SpoonType - otype
Egg_bar__plus_01_dot_29_bar__minus_02_dot_19_bar__minus_01_dot_64 - object
Egg_bar__plus_01_dot_20_bar__minus_01_dot_13_bar__minus_02_dot_40 - object
Pan_bar__plus_00_dot_13_bar__plus_01_dot_14_bar__plus_01_dot_30 - object
SoapBottle_bar__minus_00_dot_52_bar__minus_02_dot_09_bar__minus_02_dot_97 - object
Spoon_bar__minus_02_dot_34_bar__plus_00_dot_91_bar__plus_01_dot_10 - object
Cup_bar__minus_01_dot_34_bar__minus_02_dot_39_bar__minus_00_dot_81 - object
Potato_bar__minus_00_dot_87_bar__minus_01_dot_55_bar__plus_00_dot_55 - object
Spatula_bar__plus_00_dot_07_bar__plus_00_dot_53_bar__plus_00_dot_76 - object
Cabinet_bar__minus_00_dot_70_bar__minus_02_dot_44_bar__plus_00_dot_49 - receptacle
Cabinet_bar__plus_02_dot_92_bar__minus_01_dot_64_bar__minus_02_dot_12 - receptacle
Cabinet_bar__minus_02_dot_63_bar__minus_01_dot_38_bar__minus_01_dot_23 - receptacle
CounterTop_bar__plus_00_dot_30_bar__plus_01_dot_37_bar__minus_02_dot_58 - receptacle
CounterTop_bar__minus_00_dot_62_bar__plus_02_dot_16_bar__plus_00_dot_65 - receptacle
Drawer_bar__minus_00_dot_92_bar__minus_02_dot_94_bar__plus_00_dot_38 - receptacle
Drawer_bar__minus_02_dot_49_bar__minus_01_dot_33_bar__minus_01_dot_77 - receptacle
Fridge_bar__plus_02_dot_73_bar__minus_00_dot_52_bar__minus_02_dot_24 - receptacle
Microwave_bar__plus_00_dot_51_bar__plus_02_dot_38_bar__plus_00_dot_52 - receptacle
Sink_bar__plus_00_dot_30_bar__minus_02_dot_15_bar__minus_02_dot_81_bar_SinkBasin - receptacle
StoveBurner_bar__minus_01_dot_23_bar__minus_01_dot_99_bar__minus_00_dot_55 - receptacle
GarbageCan_bar__minus_00_dot_61_bar__minus_02_dot_82_bar__minus_00_dot_81 - receptacle
CoffeeMachine_bar__minus_00_dot_91_bar__minus_01_dot_49_bar__plus_01_dot_28 - receptacle
Shelf_bar__minus_00_dot_34_bar__minus_00_dot_86_bar__minus_02_dot_24 - receptacle
DiningTable_bar__plus_00_dot_17_bar__plus_01_dot_14_bar__minus_01_dot_15 - receptacle
loc_bar_11_bar_11_bar_0_bar_0 - location
loc_bar_5_bar_6_bar_2_bar_0 - location
loc_bar_6_bar_0_bar_2_bar_0 - location
loc_bar_6_bar_5_bar_0_bar_60 - location
loc_bar_6_bar__minus_6_bar_1_bar_0 - location
loc_bar_6_bar__minus_6_bar_3_bar_30 - location
loc_bar_7_bar_4_bar_2_bar_60 - location
loc_bar_9_bar_6_bar_0_bar__minus_30 - location
loc_bar__minus_1_bar__minus_6_bar_0_bar_60 - location
loc_bar__minus_2_bar_6_bar_0_bar__minus_30 - location
loc_bar__minus_3_bar_5_bar_3_bar__minus_30 - location
loc_bar__minus_5_bar__minus_6_bar_0_bar_30 - location
loc_bar__minus_5_bar__minus_8_bar_0_bar_0 - location
loc_bar__minus_7_bar_3_bar_2_bar_60 - location
loc_bar__minus_8_bar_5_bar_3_bar_45 - location
loc_bar__minus_8_bar__minus_7_bar_3_bar_30 - location
)
(:init
(atLocation agent1 loc_bar_11_bar_11_bar_0_bar_0)
(receptacleType Cabinet_bar__minus_00_dot_70_bar__minus_02_dot_44_bar__plus_00_dot_49 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_00_dot_70_bar__minus_02_dot_44_bar__plus_00_dot_49 loc_bar_6_bar__minus_6_bar_1_bar_0)
(openable Cabinet_bar__minus_00_dot_70_bar__minus_02_dot_44_bar__plus_00_dot_49)
(receptacleType Cabinet_bar__plus_02_dot_92_bar__minus_01_dot_64_bar__minus_02_dot_12 CabinetType)
(receptacleAtLocation Cabinet_bar__plus_02_dot_92_bar__minus_01_dot_64_bar__minus_02_dot_12 loc_bar_5_bar_6_bar_2_bar_0)
(openable Cabinet_bar__plus_02_dot_92_bar__minus_01_dot_64_bar__minus_02_dot_12)
(receptacleType Cabinet_bar__minus_02_dot_63_bar__minus_01_dot_38_bar__minus_01_dot_23 CabinetType)
(receptacleAtLocation Cabinet_bar__minus_02_dot_63_bar__minus_01_dot_38_bar__minus_01_dot_23 loc_bar_6_bar_0_bar_2_bar_0)
(openable Cabinet_bar__minus_02_dot_63_bar__minus_01_dot_38_bar__minus_01_dot_23)
(receptacleType CounterTop_bar__plus_00_dot_30_bar__plus_01_dot_37_bar__minus_02_dot_58 CounterTopType)
(receptacleAtLocation CounterTop_bar__plus_00_dot_30_bar__plus_01_dot_37_bar__minus_02_dot_58 loc_bar__minus_7_bar_3_bar_2_bar_60)
(receptacleType CounterTop_bar__minus_00_dot_62_bar__plus_02_dot_16_bar__plus_00_dot_65 CounterTopType)
(receptacleAtLocation CounterTop_bar__minus_00_dot_62_bar__plus_02_dot_16_bar__plus_00_dot_65 loc_bar__minus_8_bar__minus_7_bar_3_bar_30)
(receptacleType Drawer_bar__minus_00_dot_92_bar__minus_02_dot_94_bar__plus_00_dot_38 DrawerType)
(receptacleAtLocation Drawer_bar__minus_00_dot_92_bar__minus_02_dot_94_bar__plus_00_dot_38 loc_bar__minus_1_bar__minus_6_bar_0_bar_60)
(openable Drawer_bar__minus_00_dot_92_bar__minus_02_dot_94_bar__plus_00_dot_38)
(receptacleType Drawer_bar__minus_02_dot_49_bar__minus_01_dot_33_bar__minus_01_dot_77 DrawerType)
(receptacleAtLocation Drawer_bar__minus_02_dot_49_bar__minus_01_dot_33_bar__minus_01_dot_77 loc_bar__minus_2_bar_6_bar_0_bar__minus_30)
(openable Drawer_bar__minus_02_dot_49_bar__minus_01_dot_33_bar__minus_01_dot_77)
(receptacleType Fridge_bar__plus_02_dot_73_bar__minus_00_dot_52_bar__minus_02_dot_24 FridgeType)
(receptacleAtLocation Fridge_bar__plus_02_dot_73_bar__minus_00_dot_52_bar__minus_02_dot_24 loc_bar_6_bar_5_bar_0_bar_60)
(openable Fridge_bar__plus_02_dot_73_bar__minus_00_dot_52_bar__minus_02_dot_24)
(receptacleType Microwave_bar__plus_00_dot_51_bar__plus_02_dot_38_bar__plus_00_dot_52 MicrowaveType)
(receptacleAtLocation Microwave_bar__plus_00_dot_51_bar__plus_02_dot_38_bar__plus_00_dot_52 loc_bar__minus_5_bar__minus_8_bar_0_bar_0)
(openable Microwave_bar__plus_00_dot_51_bar__plus_02_dot_38_bar__plus_00_dot_52)
(receptacleType Sink_bar__plus_00_dot_30_bar__minus_02_dot_15_bar__minus_02_dot_81_bar_SinkBasin SinkBasinType)
(receptacleAtLocation Sink_bar__plus_00_dot_30_bar__minus_02_dot_15_bar__minus_02_dot_81_bar_SinkBasin loc_bar_7_bar_4_bar_2_bar_60)
(receptacleType StoveBurner_bar__minus_01_dot_23_bar__minus_01_dot_99_bar__minus_00_dot_55 StoveBurnerType)
(receptacleAtLocation StoveBurner_bar__minus_01_dot_23_bar__minus_01_dot_99_bar__minus_00_dot_55 loc_bar__minus_3_bar_5_bar_3_bar__minus_30)
(receptacleType GarbageCan_bar__minus_00_dot_61_bar__minus_02_dot_82_bar__minus_00_dot_81 GarbageCanType)
(receptacleAtLocation GarbageCan_bar__minus_00_dot_61_bar__minus_02_dot_82_bar__minus_00_dot_81 loc_bar_9_bar_6_bar_0_bar__minus_30)
(receptacleType CoffeeMachine_bar__minus_00_dot_91_bar__minus_01_dot_49_bar__plus_01_dot_28 CoffeeMachineType)
(receptacleAtLocation CoffeeMachine_bar__minus_00_dot_91_bar__minus_01_dot_49_bar__plus_01_dot_28 loc_bar_6_bar__minus_6_bar_3_bar_30)
(receptacleType Shelf_bar__minus_00_dot_34_bar__minus_00_dot_86_bar__minus_02_dot_24 ShelfType)
(receptacleAtLocation Shelf_bar__minus_00_dot_34_bar__minus_00_dot_86_bar__minus_02_dot_24 loc_bar__minus_8_bar_5_bar_3_bar_45)
(receptacleType DiningTable_bar__plus_00_dot_17_bar__plus_01_dot_14_bar__minus_01_dot_15 DiningTableType)
(receptacleAtLocation DiningTable_bar__plus_00_dot_17_bar__plus_01_dot_14_bar__minus_01_dot_15 loc_bar__minus_5_bar__minus_6_bar_0_bar_30)
(canContain CabinetType CupType)
(canContain CabinetType PanType)
(canContain CabinetType SoapBottleType)
(canContain CounterTopType CupType)
(canContain CounterTopType EggType)
(canContain CounterTopType PanType)
(canContain CounterTopType PotatoType)
(canContain CounterTopType SoapBottleType)
(canContain CounterTopType SpatulaType)
(canContain CounterTopType SpoonType)
(canContain DiningTableType CupType)
(canContain DiningTableType EggType)
(canContain DiningTableType PanType)
(canContain DiningTableType PotatoType)
(canContain DiningTableType SoapBottleType)
(canContain DiningTableType SpatulaType)
(canContain DiningTableType SpoonType)
(canContain DrawerType SoapBottleType)
(canContain DrawerType SpatulaType)
(canContain DrawerType SpoonType)
(canContain FridgeType CupType)
(canContain FridgeType EggType)
(canContain FridgeType PanType)
(canContain FridgeType PotatoType)
(canContain GarbageCanType EggType)
(canContain GarbageCanType PotatoType)
(canContain GarbageCanType SoapBottleType)
(canContain MicrowaveType CupType)
(canContain MicrowaveType EggType)
(canContain MicrowaveType PotatoType)
(canContain ShelfType CupType)
(canContain ShelfType SoapBottleType)
(canContain SinkBasinType CupType)
(canContain SinkBasinType EggType)
(canContain SinkBasinType PanType)
(canContain SinkBasinType PotatoType)
(canContain SinkBasinType SpatulaType)
(canContain SinkBasinType SpoonType)
(canContain StoveBurnerType PanType)
(objectType Egg_bar__plus_01_dot_29_bar__minus_02_dot_19_bar__minus_01_dot_64 EggType)
(inReceptacle Egg_bar__plus_01_dot_29_bar__minus_02_dot_19_bar__minus_01_dot_64 DiningTable_bar__plus_00_dot_17_bar__plus_01_dot_14_bar__minus_01_dot_15)
(objectAtLocation Egg_bar__plus_01_dot_29_bar__minus_02_dot_19_bar__minus_01_dot_64 loc_bar__minus_5_bar__minus_6_bar_0_bar_30)
(pickupable Egg_bar__plus_01_dot_29_bar__minus_02_dot_19_bar__minus_01_dot_64)
(heatable Egg_bar__plus_01_dot_29_bar__minus_02_dot_19_bar__minus_01_dot_64)
(coolable Egg_bar__plus_01_dot_29_bar__minus_02_dot_19_bar__minus_01_dot_64)
(cleanable Egg_bar__plus_01_dot_29_bar__minus_02_dot_19_bar__minus_01_dot_64)
(sliceable Egg_bar__plus_01_dot_29_bar__minus_02_dot_19_bar__minus_01_dot_64)
(objectType Egg_bar__plus_01_dot_20_bar__minus_01_dot_13_bar__minus_02_dot_40 EggType)
(inReceptacle Egg_bar__plus_01_dot_20_bar__minus_01_dot_13_bar__minus_02_dot_40 GarbageCan_bar__minus_00_dot_61_bar__minus_02_dot_82_bar__minus_00_dot_81)
(objectAtLocation Egg_bar__plus_01_dot_20_bar__minus_01_dot_13_bar__minus_02_dot_40 loc_bar_9_bar_6_bar_0_bar__minus_30)
(pickupable Egg_bar__plus_01_dot_20_bar__minus_01_dot_13_bar__minus_02_dot_40)
(heatable Egg_bar__plus_01_dot_20_bar__minus_01_dot_13_bar__minus_02_dot_40)
(coolable Egg_bar__plus_01_dot_20_bar__minus_01_dot_13_bar__minus_02_dot_40)
(cleanable Egg_bar__plus_01_dot_20_bar__minus_01_dot_13_bar__minus_02_dot_40)
(sliceable Egg_bar__plus_01_dot_20_bar__minus_01_dot_13_bar__minus_02_dot_40)
(objectType Pan_bar__plus_00_dot_13_bar__plus_01_dot_14_bar__plus_01_dot_30 PanType)
(inReceptacle Pan_bar__plus_00_dot_13_bar__plus_01_dot_14_bar__plus_01_dot_30 Cabinet_bar__minus_02_dot_63_bar__minus_01_dot_38_bar__minus_01_dot_23)
(objectAtLocation Pan_bar__plus_00_dot_13_bar__plus_01_dot_14_bar__plus_01_dot_30 loc_bar_6_bar_0_bar_2_bar_0)
(pickupable Pan_bar__plus_00_dot_13_bar__plus_01_dot_14_bar__plus_01_dot_30)
(coolable Pan_bar__plus_00_dot_13_bar__plus_01_dot_14_bar__plus_01_dot_30)
(cleanable Pan_bar__plus_00_dot_13_bar__plus_01_dot_14_bar__plus_01_dot_30)
(isReceptacleObject Pan_bar__plus_00_dot_13_bar__plus_01_dot_14_bar__plus_01_dot_30)
(objectType SoapBottle_bar__minus_00_dot_52_bar__minus_02_dot_09_bar__minus_02_dot_97 SoapBottleType)
(inReceptacle SoapBottle_bar__minus_00_dot_52_bar__minus_02_dot_09_bar__minus_02_dot_97 GarbageCan_bar__minus_00_dot_61_bar__minus_02_dot_82_bar__minus_00_dot_81)
(objectAtLocation SoapBottle_bar__minus_00_dot_52_bar__minus_02_dot_09_bar__minus_02_dot_97 loc_bar_9_bar_6_bar_0_bar__minus_30)
(pickupable SoapBottle_bar__minus_00_dot_52_bar__minus_02_dot_09_bar__minus_02_dot_97)
(objectType Spoon_bar__minus_02_dot_34_bar__plus_00_dot_91_bar__plus_01_dot_10 SpoonType)
(inReceptacle Spoon_bar__minus_02_dot_34_bar__plus_00_dot_91_bar__plus_01_dot_10 CounterTop_bar__plus_00_dot_30_bar__plus_01_dot_37_bar__minus_02_dot_58)
(objectAtLocation Spoon_bar__minus_02_dot_34_bar__plus_00_dot_91_bar__plus_01_dot_10 loc_bar__minus_7_bar_3_bar_2_bar_60)
(pickupable Spoon_bar__minus_02_dot_34_bar__plus_00_dot_91_bar__plus_01_dot_10)
(cleanable Spoon_bar__minus_02_dot_34_bar__plus_00_dot_91_bar__plus_01_dot_10)
(objectType Cup_bar__minus_01_dot_34_bar__minus_02_dot_39_bar__minus_00_dot_81 CupType)
(inReceptacle Cup_bar__minus_01_dot_34_bar__minus_02_dot_39_bar__minus_00_dot_81 Cabinet_bar__minus_02_dot_63_bar__minus_01_dot_38_bar__minus_01_dot_23)
(objectAtLocation Cup_bar__minus_01_dot_34_bar__minus_02_dot_39_bar__minus_00_dot_81 loc_bar_6_bar_0_bar_2_bar_0)
(pickupable Cup_bar__minus_01_dot_34_bar__minus_02_dot_39_bar__minus_00_dot_81)
(heatable Cup_bar__minus_01_dot_34_bar__minus_02_dot_39_bar__minus_00_dot_81)
(coolable Cup_bar__minus_01_dot_34_bar__minus_02_dot_39_bar__minus_00_dot_81)
(cleanable Cup_bar__minus_01_dot_34_bar__minus_02_dot_39_bar__minus_00_dot_81)
(isReceptacleObject Cup_bar__minus_01_dot_34_bar__minus_02_dot_39_bar__minus_00_dot_81)
(objectType Potato_bar__minus_00_dot_87_bar__minus_01_dot_55_bar__plus_00_dot_55 PotatoType)
(inReceptacle Potato_bar__minus_00_dot_87_bar__minus_01_dot_55_bar__plus_00_dot_55 Fridge_bar__plus_02_dot_73_bar__minus_00_dot_52_bar__minus_02_dot_24)
(objectAtLocation Potato_bar__minus_00_dot_87_bar__minus_01_dot_55_bar__plus_00_dot_55 loc_bar_6_bar_5_bar_0_bar_60)
(pickupable Potato_bar__minus_00_dot_87_bar__minus_01_dot_55_bar__plus_00_dot_55)
(heatable Potato_bar__minus_00_dot_87_bar__minus_01_dot_55_bar__plus_00_dot_55)
(coolable Potato_bar__minus_00_dot_87_bar__minus_01_dot_55_bar__plus_00_dot_55)
(cleanable Potato_bar__minus_00_dot_87_bar__minus_01_dot_55_bar__plus_00_dot_55)
(sliceable Potato_bar__minus_00_dot_87_bar__minus_01_dot_55_bar__plus_00_dot_55)
(objectType Spatula_bar__plus_00_dot_07_bar__plus_00_dot_53_bar__plus_00_dot_76 SpatulaType)
(inReceptacle Spatula_bar__plus_00_dot_07_bar__plus_00_dot_53_bar__plus_00_dot_76 Sink_bar__plus_00_dot_30_bar__minus_02_dot_15_bar__minus_02_dot_81_bar_SinkBasin)
(objectAtLocation Spatula_bar__plus_00_dot_07_bar__plus_00_dot_53_bar__plus_00_dot_76 loc_bar_7_bar_4_bar_2_bar_60)
(pickupable Spatula_bar__plus_00_dot_07_bar__plus_00_dot_53_bar__plus_00_dot_76)
(cleanable Spatula_bar__plus_00_dot_07_bar__plus_00_dot_53_bar__plus_00_dot_76)
)
(:goal
                    (and
                        (exists (?r - receptacle)
                            (exists (?o1 - object)
                                (and
                                    (objectType ?o1 EggType)
                                    (receptacleType ?r FridgeType)
                                    (inReceptacle ?o1 ?r)
                                    (exists (?o2 - object)
                                        (and
                                            (not (= ?o1 ?o2))
                                            (objectType ?o2 EggType)
                                            (receptacleType ?r FridgeType)
                                            (inReceptacle ?o2 ?r)
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
